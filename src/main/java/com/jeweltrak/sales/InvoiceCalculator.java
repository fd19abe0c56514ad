package com.jeweltrak.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * SEAM FOR THE LEAD — the simplest correct arithmetic, written so the invoice aggregate (L3) did not wait for L2's.
 * When merging, replace the body of {@link #amounts(Invoice)} with L2's SalesTax / InvoiceTotals (surtax capped per line,
 * resale exemption, adjustment policy); nothing else in the aggregate computes money. Here: line net = Qty × UnitPrice −
 * Adjustment (02-sales §Adjustment R1); tax = the base rate on the taxable lines' net, none when out of state, no surtax;
 * rounded to cents once per invoice (decision 10).
 */
final class InvoiceCalculator {

    private InvoiceCalculator() {
    }

    static BigDecimal net(InvoiceLine line) {
        return line.quantity().multiply(line.unitPrice()).subtract(line.adjustment());
    }

    static InvoiceAmounts amounts(Invoice invoice) {
        BigDecimal merchandise = BigDecimal.ZERO, nonStock = BigDecimal.ZERO, services = BigDecimal.ZERO;
        BigDecimal taxable = BigDecimal.ZERO, cost = BigDecimal.ZERO;
        for (InvoiceLine line : invoice.lines()) {
            BigDecimal net = net(line);
            switch (line.kind()) {
                case ITEM -> {
                    merchandise = merchandise.add(net);
                    cost = cost.add(line.cost().multiply(line.quantity()));
                }
                case NON_STOCK -> nonStock = nonStock.add(net);
                case SERVICE -> services = services.add(net);
            }
            if (line.taxable()) taxable = taxable.add(net);
        }
        BigDecimal tax = invoice.outOfState() ? BigDecimal.ZERO : taxable.multiply(invoice.tax().taxRate());
        merchandise = cents(merchandise);
        nonStock = cents(nonStock);
        services = cents(services);
        BigDecimal freight = cents(invoice.freight());
        tax = cents(tax);
        BigDecimal total = merchandise.add(nonStock).add(services).add(freight).add(tax);
        return new InvoiceAmounts(merchandise, nonStock, services, freight, tax, total, cents(cost));
    }

    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
