/** The trends screen: figures, themes and the checked narrative over the register, and questions over chosen documents. */
package no.tiltaksradar.trends.web;
