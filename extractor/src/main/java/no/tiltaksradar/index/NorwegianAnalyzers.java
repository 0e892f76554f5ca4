package no.tiltaksradar.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.no.NorwegianNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Bokmål and Nynorsk analysis: Lucene's Norwegian chain (standard tokenizer, lower case, Norwegian
 * stop words) with the light stemmer set to one written standard each, so that "tenestene" and
 * "tenester" meet in Nynorsk as "tjenestene" and "tjenester" do in Bokmål.
 */
public final class NorwegianAnalyzers {
    // NorwegianLightStemmer's flag values; the class itself is package-private in Lucene
    private static final int BOKMAAL = 1;
    private static final int NYNORSK = 2;

    private NorwegianAnalyzers() {
    }

    public static Analyzer bokmaal() {
        return new Variant(BOKMAAL);
    }

    public static Analyzer nynorsk() {
        return new Variant(NYNORSK);
    }

    private static final class Variant extends Analyzer {
        private final int flags;

        Variant(int flags) {
            this.flags = flags;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream result = new LowerCaseFilter(source);
            result = new StopFilter(result, NorwegianAnalyzer.getDefaultStopSet());
            result = new NorwegianLightStemFilter(result, flags);
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new NorwegianNormalizationFilter(new LowerCaseFilter(in));
        }
    }
}
