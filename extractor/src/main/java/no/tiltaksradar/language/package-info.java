/** The shared Norwegian (Bokmål and Nynorsk) lexicon of strategy wording — modals, action and stative verbs, potential, goal and importance phrases, subordinators —, the one grammar of list markers, and a Unicode-aware word-boundary helper, read by the layout reader, proposers and the validator alike. */
package no.tiltaksradar.language;
