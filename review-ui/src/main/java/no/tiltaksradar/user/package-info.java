/** Users, their roles (reviewer, admin), hashed passwords and the lock after repeated failed logins. */
package no.tiltaksradar.user;
