package no.tiltaksradar.system;

import java.io.IOException;
import no.tiltaksradar.bench.IngestBenchmark;
import no.tiltaksradar.bench.ProposeBenchmark;
import no.tiltaksradar.chunk.Chunker;
import no.tiltaksradar.chunk.SectionChunker;
import no.tiltaksradar.index.ChunkIndex;
import no.tiltaksradar.index.LuceneChunkIndex;
import no.tiltaksradar.ingest.DocumentIngester;
import no.tiltaksradar.ingest.FormatDetectingIngester;
import no.tiltaksradar.ingest.LazyOcrEngine;
import no.tiltaksradar.ingest.OcrEngine;
import no.tiltaksradar.ingest.PdfBoxIngester;
import no.tiltaksradar.ingest.PdfIngestOptions;
import no.tiltaksradar.ingest.TikaIngester;
import no.tiltaksradar.job.ExtractJob;
import no.tiltaksradar.job.IngestJob;
import no.tiltaksradar.job.JudgeUsage;
import no.tiltaksradar.job.Judges;
import no.tiltaksradar.job.ProposerRegistry;
import no.tiltaksradar.job.SearchJob;
import no.tiltaksradar.trends.files.TrendReporters;
import no.tiltaksradar.job.ValidateJob;
import no.tiltaksradar.model.SourceDocument;
import java.util.function.Function;
import no.tiltaksradar.propose.pattern.PatternMeasureProposer;
import no.tiltaksradar.propose.llm.RetryingChatModel;
import no.tiltaksradar.propose.llm.LlmMeasureProposer;
import no.tiltaksradar.validate.LlmMeasureJudge;
import org.springframework.core.env.Environment;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** Builds the plain-Java pipeline stages from {@link TiltaksradarSettings}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TiltaksradarSettings.class)
class PipelineConfiguration {

    @Bean
    FormatDetectingIngester documentIngester(TiltaksradarSettings settings) {
        // tesseract is optional: without it a scanned PDF is reported as having no text layer; probed only when a
        // scanned PDF turns up, so --help and eval neither wait for it nor mention it
        OcrEngine ocr = LazyOcrEngine.tesseract(settings.ocrLanguage());
        return new FormatDetectingIngester(new PdfBoxIngester(new PdfIngestOptions(settings.maxPages()), ocr), new TikaIngester());
    }

    @Bean
    Chunker chunker() {
        return new SectionChunker();
    }

    @Bean(destroyMethod = "close")
    @Lazy // only commands that touch the index open it, so --help never locks the index folder
    ChunkIndex chunkIndex(TiltaksradarSettings settings) throws IOException {
        return LuceneChunkIndex.onDisk(settings.dataDir().resolve("index"));
    }

    @Bean
    IngestJob ingestJob(DocumentIngester ingester, Chunker chunker, @Lazy ChunkIndex index) {
        return new IngestJob(ingester, chunker, index);
    }

    @Bean
    LlmConfiguration llmConfiguration(Environment environment) {
        return LlmConfiguration.from(environment);
    }

    @Bean
    ProposerRegistry proposers(LlmConfiguration llm, TiltaksradarSettings settings) {
        ProposerRegistry registry = new ProposerRegistry().register("pattern", PatternMeasureProposer::new);
        // the model's complete answers per chunk are kept, so a partly read document run again asks only about its failed pages
        return llm.settings().isPresent()
                ? registry.register("llm", () -> LlmMeasureProposer.from(llm.settings().get(), settings.dataDir().resolve("llm-answers")))
                : registry.unavailable("llm", llm.error() != null ? llm.error() : "no LLM is configured (set tiltaksradar.llm.enabled=true, "
                        + "tiltaksradar.llm.base-url and tiltaksradar.llm.model; see the README)");
    }

    /**
     * The validator's judges: the rule judge, and with an LLM configured the LLM judge, whose calls retry with the
     * proposer's policy (one that still fails is recorded as "judge failed") and whose tokens are counted.
     */
    @Bean
    Judges judges(LlmConfiguration llm) {
        return llm.settings().map(s -> {
            RetryingChatModel model = RetryingChatModel.from(s);
            return new Judges(new LlmMeasureJudge(model, "llm/" + s.model() + "/measure-judge.v2"), model::usage, s.concurrency());
        }).orElse(Judges.RULES_ONLY);
    }

    @Bean
    JudgeUsage judgeUsage(Judges judges) {
        return judges.usage();
    }

    @Bean
    ExtractJob extractJob(IngestJob ingest, Judges judges) {
        // one validator per document: it only ever sees the document the candidates name
        return new ExtractJob(ingest, document -> judges.validator(List.of(document)));
    }

    @Bean
    ValidateJob validateJob(DocumentIngester ingester, Judges judges) {
        // the same judges as extract and the server, so validate asks the LLM judge too when one is configured
        return new ValidateJob(ingester, judges::validator);
    }

    @Bean
    no.tiltaksradar.job.Suggestions suggestions() {
        return new no.tiltaksradar.job.Suggestions();
    }

    /** trends and ask: templates offline; with an LLM configured the model writes and judges, the rule checks still decide. */
    @Bean
    TrendReporters trendReporters(LlmConfiguration llm) {
        return new TrendReporters(llm.settings(), llm.error());
    }

    @Bean
    SearchJob searchJob(IngestJob ingest, @Lazy ChunkIndex index) {
        return new SearchJob(ingest, index);
    }

    @Bean
    ProposeBenchmark proposeBenchmark(DocumentIngester ingester, Chunker chunker) {
        return new ProposeBenchmark(ingester, chunker);
    }

    @Bean
    IngestBenchmark ingestBenchmark(TiltaksradarSettings settings) {
        // the benchmark measures ingest alone: no OCR, no index
        return new IngestBenchmark(new FormatDetectingIngester(
                new PdfBoxIngester(new PdfIngestOptions(settings.maxPages()), OcrEngine.NONE), new TikaIngester()));
    }
}
