package com.jeweltrak.reports;

/**
 * Subtotals under a view's footer, one per group present (the Payment Register's per-method totals, §7 R2; Memo
 * Liability's per-bucket subtotals, §12 R5): {@code select <group>, <aggregate> from (view) r group by 1 order by 1}.
 *
 * @param groupSql     SQL over the view's rows {@code r}, e.g. {@code r.method}
 * @param aggregateSql SQL aggregate over {@code r}, e.g. {@code sum(r.amount) filter (where not r.voided)}
 */
public record Breakdown(String title, String groupSql, String aggregateSql, ColumnKind kind) {
}
