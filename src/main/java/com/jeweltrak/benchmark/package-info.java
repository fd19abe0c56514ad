/**
 * Benchmark tenants (issue 12 §1): a generated tenant of a chosen size — 200k items, 100k contacts, 1M invoice lines
 * over three years, 100k open invoices, 50k memos, payments — and 50 small ones beside it, made on an empty database
 * when the demo size is {@code large} ({@link com.jeweltrak.platform.demo.DemoDataCreated}).
 * <p>
 * The records are written in bulk SQL ({@code generator/tenant.sql}) the way each owning module writes them — stock
 * movements, journal entries, search entries — so the module reads every module's tables but calls only platform (to
 * open the organization, its stores and people) and accounting (to seed the chart of accounts the postings name).
 * Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "accounting"})
package com.jeweltrak.benchmark;
