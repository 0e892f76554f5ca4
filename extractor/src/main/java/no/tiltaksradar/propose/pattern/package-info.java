/** The offline default proposer: finds measures and goals from list structure and Norwegian commitment phrasing. */
package no.tiltaksradar.propose.pattern;
