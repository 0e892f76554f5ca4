/** Re-reads the cited document to verify each candidate's quote, page and offsets, and judges whether it really is a measure or a goal. */
package no.tiltaksradar.validate;
