/** The register: accepted measures with the register's fields, each linked to the candidates and decisions behind it. */
package no.tiltaksradar.register;
