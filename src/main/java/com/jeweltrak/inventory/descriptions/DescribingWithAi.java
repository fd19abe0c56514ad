package com.jeweltrak.inventory.descriptions;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.jeweltrak.inventory.Family;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generate ▾ → AI (04-inventory §Generating Descriptions R2–R5, R9, R10): the item's facts go to the tenant's
 * OpenAI-compatible endpoint ({base}/chat/completions) with a prompt that asks for a concise wholesale description
 * from those facts only. The text is returned for the form's field; nothing is saved here (R5). Not transactional:
 * no database connection is held while the endpoint thinks.
 */
@Service
public class DescribingWithAi {

    /** R2, R9: wholesale tone, and nothing the facts do not say. */
    static final String SYSTEM_PROMPT = """
            You write inventory descriptions for a jewelry wholesaler. Write one concise, factual description in a \
            wholesale (trade, business-to-business) tone, at most 60 words, plain text, no headings, no marketing \
            superlatives. Use only the facts given; never invent or guess a material, weight, measurement, grade, \
            brand or certificate. Leave out anything not given.""";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_LENGTH = 2000;

    private final AiEndpoints endpoints;

    DescribingWithAi(AiEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    public boolean available() {
        return endpoints.active().isPresent();
    }

    /** A description from the labelled facts and any further facts of a saved item (set stones …). */
    public String describe(Family family, Map<String, String> labelledFacts, List<String> moreFacts) {
        AiSettings settings = endpoints.active().orElseThrow(() -> new DescriptionNotGenerated(
                "AI descriptions are not set up; an administrator can set them up under Settings → Descriptions."));
        String key = endpoints.key().orElse(null);
        Duration timeout = Duration.ofSeconds(settings.timeoutSeconds());
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.chatCompletions()).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(settings.model(), family, labelledFacts, moreFacts)));
        if (key != null) request.header("Authorization", "Bearer " + key);
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build()) {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new DescriptionNotGenerated("The AI endpoint refused the request (HTTP " + response.statusCode()
                        + "); the description was left as it was.");
            }
            return text(response.body());
        } catch (HttpTimeoutException e) {
            throw new DescriptionNotGenerated("The AI endpoint did not answer within " + settings.timeoutSeconds()
                    + " seconds; the description was left as it was.");
        } catch (IOException e) {
            throw new DescriptionNotGenerated("The AI endpoint could not be reached; the description was left as it was.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DescriptionNotGenerated("Generating was interrupted; the description was left as it was.");
        }
    }

    static String body(String model, Family family, Map<String, String> facts, List<String> moreFacts) {
        StringBuilder user = new StringBuilder("Item type: ").append(family.label()).append('\n');
        facts.forEach((label, value) -> user.append(label).append(": ").append(value).append('\n'));
        moreFacts.forEach(fact -> user.append(fact).append('\n'));
        ObjectNode body = JSON.createObjectNode();
        body.put("model", model);
        body.put("temperature", 0.2);
        ArrayNode messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", SYSTEM_PROMPT);
        messages.addObject().put("role", "user").put("content", user.toString().strip());
        return JSON.writeValueAsString(body);
    }

    private static String text(String body) {
        try {
            JsonNode content = JSON.readTree(body).path("choices").path(0).path("message").path("content");
            String text = content.isString() ? content.asString().strip() : "";
            if (text.length() > 1 && text.startsWith("\"") && text.endsWith("\"")) text = text.substring(1, text.length() - 1);
            if (text.isBlank()) throw new DescriptionNotGenerated("The AI endpoint gave no text; the description was left as it was.");
            return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH).strip() : text;
        } catch (JacksonException e) {
            throw new DescriptionNotGenerated("The AI endpoint's answer could not be read; the description was left as it was.");
        }
    }
}
