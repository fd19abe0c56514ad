package com.jeweltrak.sales.web;

import java.math.BigDecimal;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.sales.AddingALine;
import com.jeweltrak.sales.AddingATradeIn;
import com.jeweltrak.sales.ChangingALine;
import com.jeweltrak.sales.ChangingATradeIn;
import com.jeweltrak.sales.InvoiceId;
import com.jeweltrak.sales.LineKind;
import com.jeweltrak.sales.SettingATradeConcession;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trade fields of a line request (02-sales §Trade-In Negotiation), shared by the API and the page: a TRADE_IN line
 * (the credit in unitPrice, tradeActualValue, tradeFamily, tradeCategory) and a sold line's tradeConcession. The line and
 * its concession are saved in one transaction, so a refused concession leaves no line behind.
 */
@Component
class TradeInLineRequests {

    /** The trade fields as typed; null when not sent. */
    record TradeFields(String family, String category, String actualValue, String concession) {
        boolean any() {
            return family != null || category != null || actualValue != null || concession != null;
        }
    }

    private final AddingALine adding;
    private final AddingATradeIn addingTradeIn;
    private final ChangingALine changing;
    private final ChangingATradeIn changingTradeIn;
    private final SettingATradeConcession concession;

    TradeInLineRequests(AddingALine adding, AddingATradeIn addingTradeIn, ChangingALine changing,
                        ChangingATradeIn changingTradeIn, SettingATradeConcession concession) {
        this.adding = adding;
        this.addingTradeIn = addingTradeIn;
        this.changing = changing;
        this.changingTradeIn = changingTradeIn;
        this.concession = concession;
    }

    /** Adds a trade-in line, or a sold line with its concession. */
    @Transactional
    long add(InvoiceId id, AddingALine.Request line, TradeFields trade) {
        if (line.kind() == LineKind.TRADE_IN) {
            if (trade.concession() != null) throw wrongKind();
            return addingTradeIn.add(id, new AddingATradeIn.Request(line.description(), trade.family(), trade.category(),
                    line.unitPrice(), InvoiceJson.decimal("tradeActualValue", trade.actualValue()), line.taxable()));
        }
        if (trade.family() != null || trade.category() != null || trade.actualValue() != null) {
            throw new BusinessRuleViolated("tradeActualValue", "The trade-in fields go on a TRADE_IN line.");
        }
        long lineId = adding.add(id, line);
        if (trade.concession() != null) {
            concession.set(id, lineId, InvoiceJson.decimal("tradeConcession", trade.concession()));
        }
        return lineId;
    }

    /** Changes a line and its trade fields together. */
    @Transactional
    void change(InvoiceId id, long lineId, ChangingALine.Request line, TradeFields trade, boolean tradeIn) {
        if (tradeIn) {
            if (trade.concession() != null) throw wrongKind();
            if (line.quantity() != null || line.adjustment() != null) {
                changing.change(id, lineId, line); // refuses a quantity other than 1 or an adjustment
            }
            changingTradeIn.change(id, lineId, new ChangingATradeIn.Request(line.description(), trade.family(),
                    trade.category(), line.unitPrice(), InvoiceJson.decimal("tradeActualValue", trade.actualValue()),
                    line.taxable()));
            return;
        }
        if (trade.family() != null || trade.category() != null || trade.actualValue() != null) {
            throw new BusinessRuleViolated("tradeActualValue", "The trade-in fields go on a TRADE_IN line.");
        }
        BigDecimal newConcession = InvoiceJson.decimal("tradeConcession", trade.concession());
        // the new concession is checked against the new line amount: cleared, the line changed, then set
        if (newConcession != null) concession.set(id, lineId, BigDecimal.ZERO);
        changing.change(id, lineId, line);
        if (newConcession != null) concession.set(id, lineId, newConcession);
    }

    private static BusinessRuleViolated wrongKind() {
        return new BusinessRuleViolated("tradeConcession",
                "A trade concession goes on a line that sells an item or a non-stock article.");
    }
}
