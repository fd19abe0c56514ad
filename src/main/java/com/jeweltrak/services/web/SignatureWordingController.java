package com.jeweltrak.services.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jeweltrak.platform.BusinessRuleViolated;
import com.jeweltrak.platform.RecordNotFound;
import com.jeweltrak.platform.tenancy.Store;
import com.jeweltrak.platform.tenancy.StoreId;
import com.jeweltrak.platform.tenancy.Stores;
import com.jeweltrak.services.SignatureKind;
import com.jeweltrak.services.SignatureWording;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What customers acknowledge by signing, per store (03-services §5 R1): the intake (liability) and pickup (receipt)
 * wording, each the standard text until the store writes its own. An administrator's setting, like the other
 * per-store texts.
 */
@Controller
@RequestMapping("/services/signature-wording")
@PreAuthorize("hasAuthority('CanManageUsers')")
class SignatureWordingController {

    /** One store's two texts as shown (or as typed, when refused). */
    record StoreWording(Store store, Map<SignatureKind, String> wording) {
    }

    private final Stores stores;
    private final SignatureWording wording;

    SignatureWordingController(Stores stores, SignatureWording wording) {
        this.stores = stores;
        this.wording = wording;
    }

    @GetMapping
    String page(Model model) {
        return render(null, null, null, null, model);
    }

    @PostMapping
    String change(@RequestParam long storeId, @RequestParam String kind, @RequestParam(required = false) String text,
                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Store store = stores.find(new StoreId(storeId)).orElseThrow(() -> new RecordNotFound("Store", storeId));
        SignatureKind signatureKind;
        try {
            signatureKind = SignatureKind.of(kind);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFound("Signature kind", kind);
        }
        try {
            wording.change(store.id(), signatureKind, text);
            redirect.addFlashAttribute("flash", signatureKind.label() + " wording of " + store.name() + " saved.");
            return "redirect:/services/signature-wording";
        } catch (BusinessRuleViolated refused) {
            response.setStatus(422);
            return render(store.id(), signatureKind, text, refused.getMessage(), model);
        }
    }

    private String render(StoreId typedStore, SignatureKind typedKind, String typed, String error, Model model) {
        List<StoreWording> rows = stores.all().stream().map(store -> {
            Map<SignatureKind, String> texts = new LinkedHashMap<>();
            for (SignatureKind k : SignatureKind.values()) {
                boolean refused = store.id().equals(typedStore) && k == typedKind;
                texts.put(k, refused ? typed : wording.of(store.id(), k));
            }
            return new StoreWording(store, texts);
        }).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("errorStore", typedStore);
        model.addAttribute("errorKind", typedKind);
        model.addAttribute("error", error);
        return "services/signature-wording";
    }
}
