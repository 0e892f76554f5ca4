package no.tiltaksradar.propose.llm;

import dev.langchain4j.model.azure.AzureOpenAiChatModel;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

/**
 * Builds the LangChain4j chat model the settings name. LangChain4j's own retries are set to 0:
 * {@link Retrier} does them, so Retry-After, backoff and what counts as retriable are ours.
 */
public final class ChatModelFactory {
    private ChatModelFactory() {
    }

    public static ChatModel create(LlmSettings settings) {
        return switch (settings.provider()) {
            case OPENAI_COMPATIBLE -> openAi(settings);
            case AZURE_OPENAI -> azure(settings);
            case OLLAMA -> ollama(settings);
        };
    }

    private static ChatModel openAi(LlmSettings s) {
        return OpenAiChatModel.builder()
                .httpClientBuilder(new RetryAfterHttpClient.Builder())
                .baseUrl(s.baseUrl())
                .apiKey(s.apiKey())
                .modelName(s.model())
                .temperature(s.temperature())
                .maxTokens(s.maxOutputTokens())
                .timeout(s.timeout())
                .maxRetries(0)
                .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                .strictJsonSchema(true)
                .build();
    }

    private static ChatModel azure(LlmSettings s) {
        AzureOpenAiChatModel.Builder builder = AzureOpenAiChatModel.builder();
        if (s.baseUrl().startsWith("http://")) {
            builder.openAIClient(AzurePlainHttpClient.create(s));
        } else {
            builder.endpoint(s.baseUrl()).apiKey(s.apiKey());
        }
        return builder
                .deploymentName(s.deployment())
                .serviceVersion(s.apiVersion())
                .temperature(s.temperature())
                .maxTokens(s.maxOutputTokens())
                .timeout(s.timeout())
                .maxRetries(0)
                .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                .strictJsonSchema(true)
                .build();
    }

    private static ChatModel ollama(LlmSettings s) {
        return OllamaChatModel.builder()
                .httpClientBuilder(new RetryAfterHttpClient.Builder())
                .baseUrl(s.baseUrl())
                .modelName(s.model())
                .temperature(s.temperature())
                .numPredict(s.maxOutputTokens())
                .timeout(s.timeout())
                .maxRetries(0)
                .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                .build();
    }
}
