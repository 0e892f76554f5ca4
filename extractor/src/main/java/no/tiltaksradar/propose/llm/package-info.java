/** The LLM proposer over LangChain4j: document-scoped chunks in, schema-checked JSON candidates out. */
package no.tiltaksradar.propose.llm;
