/** The shared Norwegian (Bokmål and Nynorsk) lexicon of strategy wording — modals, action and stative verbs, potential, goal and importance phrases, subordinators — and a Unicode-aware word-boundary helper, read by proposers and the validator alike. */
package no.tiltaksradar.language;
