package com.jeweltrak.sales;

import java.math.BigDecimal;

/**
 * What an invoice comes to, as the books need it (all to cents, decision 10). {@code merchandise} is the net of the
 * inventory lines (Qty × UnitPrice − Adjustment), {@code nonStock} of non-stock lines, {@code services} of service
 * lines (StockType 'S'); {@code total} = merchandise + nonStock + services + freight + tax. {@code costOfGoods} is the
 * captured cost of the inventory lines, which leaves inventory for cost of goods sold. Return lines make amounts negative.
 */
public record InvoiceAmounts(BigDecimal merchandise, BigDecimal nonStock, BigDecimal services, BigDecimal freight,
                             BigDecimal tax, BigDecimal total, BigDecimal costOfGoods) {
}
