package no.tiltaksradar.propose.llm;

import com.azure.ai.openai.OpenAIClient;
import com.azure.ai.openai.OpenAIClientBuilder;
import com.azure.ai.openai.OpenAIServiceVersion;
import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpHeaders;
import com.azure.core.http.policy.AddHeadersPolicy;
import com.azure.core.http.policy.FixedDelayOptions;
import com.azure.core.http.policy.RetryOptions;
import com.azure.core.util.HttpClientOptions;
import java.time.Duration;
import java.util.Arrays;

/**
 * An Azure OpenAI client for a plain-HTTP endpoint (a local gateway, an emulator, a test server):
 * the Azure SDK refuses key credentials without TLS, so the {@code api-key} header is added as a
 * policy instead. The SDK's own retries are off, as everywhere else.
 */
final class AzurePlainHttpClient {
    private AzurePlainHttpClient() {
    }

    static OpenAIClient create(LlmSettings settings) {
        HttpClientOptions options = new HttpClientOptions()
                .setResponseTimeout(settings.timeout())
                .setReadTimeout(settings.timeout());
        return new OpenAIClientBuilder()
                .endpoint(settings.baseUrl())
                .serviceVersion(version(settings.apiVersion()))
                .httpClient(HttpClient.createDefault(options))
                .addPolicy(new AddHeadersPolicy(new HttpHeaders().set(HttpHeaderName.fromString("api-key"), settings.apiKey())))
                .retryOptions(new RetryOptions(new FixedDelayOptions(0, Duration.ZERO)))
                .buildClient();
    }

    private static OpenAIServiceVersion version(String apiVersion) {
        return Arrays.stream(OpenAIServiceVersion.values())
                .filter(v -> v.getVersion().equals(apiVersion))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown Azure OpenAI api-version " + apiVersion
                        + "; known: " + Arrays.stream(OpenAIServiceVersion.values()).map(OpenAIServiceVersion::getVersion).toList()));
    }
}
