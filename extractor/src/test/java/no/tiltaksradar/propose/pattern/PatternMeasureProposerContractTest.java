package no.tiltaksradar.propose.pattern;

import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.propose.MeasureProposer;
import no.tiltaksradar.propose.MeasureProposerContract;

class PatternMeasureProposerContractTest extends MeasureProposerContract {
    private final PatternMeasureProposer proposer = new PatternMeasureProposer();

    @Override
    protected MeasureProposer proposerFor(SourceDocument document) {
        return proposer;
    }
}
