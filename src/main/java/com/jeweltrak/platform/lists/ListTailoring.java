package com.jeweltrak.platform.lists;

/**
 * A module's adjustment of one of its lists to the person looking — filters it can only know per tenant (the
 * tenant's stores), columns the person may not see at all. Declared as a bean, it is applied wherever the list is
 * served for someone (page, export, column menu, selection, bulk actions), so an export filters and withholds exactly
 * as the page does.
 */
public interface ListTailoring {

    boolean tailors(String listKey);

    <R> ListDefinition<R> forCurrentUser(ListDefinition<R> definition);
}
