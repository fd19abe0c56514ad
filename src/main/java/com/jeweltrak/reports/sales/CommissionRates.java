package com.jeweltrak.reports.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.tenancy.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commission rates (09-reports §25 R2, decision 5): the tenant's default (0.05 = 5 %) and a person's own rate, which
 * overrides it when set. People read and type them as percentages, 0–100 %; they are kept as fractions. The settings
 * pages show them through this bean ({@code @commissionRates} in the templates).
 */
@Component("commissionRates")
public class CommissionRates {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final JdbcClient jdbc;

    CommissionRates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The tenant's default rate as a percentage (5 for 0.05). */
    @Transactional(readOnly = true)
    public BigDecimal defaultPercent() {
        return percent(jdbc.sql("select default_commission_rate from tenant where id = jt_current_tenant()")
                .query(BigDecimal.class).single());
    }

    /** The person's own rate as a percentage, or empty when the default applies. */
    @Transactional(readOnly = true)
    public Optional<BigDecimal> percentOf(UserId user) {
        return jdbc.sql("select commission_rate from app_user where id = ?").param(user.value())
                .query((rs, n) -> Optional.ofNullable(rs.getBigDecimal(1))).optional()
                .orElseThrow(() -> new RecordNotFound("User", user)).map(CommissionRates::percent);
    }

    @Transactional
    public void setDefault(BigDecimal percent) {
        if (percent == null) throw new BusinessRuleViolated("defaultCommissionRate", "Enter the default rate, 0 to 100 %.");
        jdbc.sql("update tenant set default_commission_rate = ? where id = jt_current_tenant()")
                .param(fraction("defaultCommissionRate", percent)).update();
    }

    /** The person's own rate; null: the tenant's default applies to them again. */
    @Transactional
    public void setFor(UserId user, BigDecimal percent) {
        int changed = jdbc.sql("update app_user set commission_rate = ? where id = ?")
                .params(percent == null ? null : fraction("commissionRate", percent), user.value()).update();
        if (changed == 0) throw new RecordNotFound("User", user);
    }

    private static BigDecimal fraction(String field, BigDecimal percent) {
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new BusinessRuleViolated(field, "A commission rate is between 0 and 100 %.");
        }
        if (percent.stripTrailingZeros().scale() > 2) {
            throw new BusinessRuleViolated(field, "Give the rate to at most two decimals, e.g. 5.25 %.");
        }
        return percent.divide(HUNDRED, 4, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal percent(BigDecimal fraction) {
        BigDecimal percent = fraction.multiply(HUNDRED).stripTrailingZeros();
        return percent.scale() < 0 ? percent.setScale(0) : percent;
    }
}
