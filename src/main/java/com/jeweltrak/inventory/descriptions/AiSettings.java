package com.jeweltrak.inventory.descriptions;

import java.net.URI;

import com.jeweltrak.platform.BusinessRuleViolated;

/**
 * Where "Generate ▾ → AI" sends an item's facts (R2, R8): an OpenAI-compatible endpoint's base URL, the model,
 * how long to wait. The API key is kept apart and never shown again; {@code hasKey} only says whether one is set.
 */
public record AiSettings(String baseUrl, String model, int timeoutSeconds, boolean enabled, boolean hasKey) {

    public static final int DEFAULT_TIMEOUT_SECONDS = 20;

    public AiSettings {
        baseUrl = baseUrl == null ? null : baseUrl.strip();
        model = model == null ? null : model.strip();
        if (baseUrl == null || baseUrl.isEmpty()) throw new BusinessRuleViolated("baseUrl", "Enter the endpoint's base URL.");
        try {
            URI uri = URI.create(baseUrl);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolated("baseUrl", "Enter an http(s) URL, like https://api.openai.com/v1.");
        }
        if (model == null || model.isEmpty()) throw new BusinessRuleViolated("model", "Enter the model's name.");
        if (model.length() > 120) throw new BusinessRuleViolated("model", "Keep the model's name to 120 characters.");
        if (timeoutSeconds < 1 || timeoutSeconds > 120) {
            throw new BusinessRuleViolated("timeoutSeconds", "Wait between 1 and 120 seconds.");
        }
    }

    /** {base}/chat/completions, whether or not the base ends with a slash. */
    URI chatCompletions() {
        return URI.create(baseUrl.replaceAll("/+$", "") + "/chat/completions");
    }
}
