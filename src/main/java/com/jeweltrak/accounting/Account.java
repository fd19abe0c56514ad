package com.jeweltrak.accounting;

/** One account of the tenant's chart; {@code systemKey} is null for an account a user added. */
public record Account(long id, String code, String name, AccountType type, AccountType.Side normalSide,
                      String systemKey) {
}
