package no.tiltaksradar.propose.llm;

/** Which HTTP API the LLM proposer speaks. */
public enum LlmProvider {
    /** OpenAI chat completions at a base URL: OpenAI itself, vLLM, llama.cpp server, LM Studio. */
    OPENAI_COMPATIBLE,
    /** Azure OpenAI: endpoint + deployment + api-version. */
    AZURE_OPENAI,
    /** Ollama's native {@code /api/chat}. */
    OLLAMA
}
