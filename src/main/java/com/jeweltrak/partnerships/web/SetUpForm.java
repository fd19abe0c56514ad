package com.jeweltrak.partnerships.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.jeweltrak.contacts.ContactId;
import com.jeweltrak.partnerships.PartnerShare;
import com.jeweltrak.partnerships.Partnership;
import com.jeweltrak.partnerships.SettingUpAPartnership;
import com.jeweltrak.partnerships.ShareKind;
import com.jeweltrak.platform.BusinessRuleViolated;
import org.springframework.validation.BindingResult;

/**
 * The Partnership tab as typed: the costs, the partners grid as parallel columns (one row per partner), the Selling
 * Partner (one radio across the grid) and one new partner picked from the contact picker.
 */
record SetUpForm(String actualCost, String partnershipValue, List<Long> partnerId, List<String> kind, List<String> percent,
                 List<Long> remove, Long sellingPartner, Long newPartnerId, String newKind, String newPercent) {

    SetUpForm {
        partnerId = partnerId == null ? List.of() : partnerId;
        kind = kind == null ? List.of() : kind;
        percent = percent == null ? List.of() : percent;
        remove = remove == null ? List.of() : remove;
    }

    static SetUpForm of(Optional<Partnership> partnership, BigDecimal itemCost) {
        List<Long> ids = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        List<String> percents = new ArrayList<>();
        Long selling = null;
        BigDecimal value = null;
        if (partnership.isPresent()) {
            value = partnership.get().partnershipValue();
            for (PartnerShare p : partnership.get().partners()) {
                ids.add(p.contact().value());
                kinds.add(p.kind().name());
                percents.add(p.percent().stripTrailingZeros().toPlainString());
                if (p.sellingPartner()) selling = p.contact().value();
            }
        }
        return new SetUpForm(itemCost == null ? null : itemCost.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                value == null ? null : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(), ids, kinds,
                percents, List.of(), selling, null, "OWNER", null);
    }

    /** The terms, or empty with the typing errors beside their fields. */
    Optional<SettingUpAPartnership.Terms> toTerms(BindingResult result, boolean mayChangeCost) {
        BigDecimal cost = mayChangeCost ? amount(actualCost, "actualCost", result) : null;
        BigDecimal value = amount(partnershipValue, "partnershipValue", result);
        List<PartnerShare> partners = new ArrayList<>();
        try {
            for (int i = 0; i < partnerId.size(); i++) {
                Long id = partnerId.get(i);
                if (id == null || remove.contains(id)) continue;
                partners.add(share(id, i < kind.size() ? kind.get(i) : null, i < percent.size() ? percent.get(i) : null));
            }
            if (newPartnerId != null) partners.add(share(newPartnerId, newKind, newPercent));
        } catch (BusinessRuleViolated violation) {
            reject(result, violation);
        }
        return result.hasErrors() ? Optional.empty() : Optional.of(new SettingUpAPartnership.Terms(cost, value, partners));
    }

    private PartnerShare share(Long id, String kindText, String percentText) {
        ShareKind k;
        try {
            k = ShareKind.valueOf(kindText == null ? "OWNER" : kindText);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolated("partners", "Choose Owner % or Profit Only %.");
        }
        BigDecimal pct;
        try {
            pct = new BigDecimal(percentText == null ? "" : percentText.trim().replace("%", ""));
        } catch (NumberFormatException e) {
            throw new BusinessRuleViolated("partners", "Enter each partner's percentage, e.g. 40.");
        }
        try {
            return new PartnerShare(new ContactId(id), k, pct, sellingPartner != null && sellingPartner.equals(id));
        } catch (BusinessRuleViolated v) {
            throw new BusinessRuleViolated("partners", v.getMessage());
        }
    }

    /** A refusal beside its field; the grid's own rules ("partners", "percent") show under the grid. */
    static void reject(BindingResult result, BusinessRuleViolated violation) {
        String field = violation.field();
        if ("partners".equals(field) || "percent".equals(field)) {
            result.rejectValue("partnerId", "rule", violation.getMessage());
        } else {
            com.jeweltrak.platform.web.FormErrors.reject(result, violation);
        }
    }

    private static BigDecimal amount(String text, String field, BindingResult result) {
        if (text == null || text.isBlank()) return null;
        try {
            return new BigDecimal(text.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            result.rejectValue(field, "number", "Enter an amount, e.g. 1250.00.");
            return null;
        }
    }
}
