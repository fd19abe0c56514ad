package com.jeweltrak.accounting;

import com.jeweltrak.sales.GiftCards;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 10 point 9, 08-accounting §Gift Cards: the gift-card liability in the journal equals what the cards still hold
 * (ACTIVE and DEPLETED cards; a voided card's value left the books with the entry that voided it).
 */
@Component
class GiftCardReconciliationCheck implements ReconciliationCheck {

    private final Books books;
    private final GiftCards giftCards;

    GiftCardReconciliationCheck(Books books, GiftCards giftCards) {
        this.books = books;
        this.giftCards = giftCards;
    }

    @Override
    @Transactional(readOnly = true)
    public Reconciled check() {
        return new Reconciled("Gift card liability", books.balance(SystemAccount.GIFT_CARD_LIABILITY),
                Money.cents(giftCards.outstanding()));
    }
}
