package no.tiltaksradar.run;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code tiltaksradar.jobs.*}.
 *
 * @param workers documents one server instance extracts at the same time
 * @param pollingInterval how often an instance looks for queued documents
 * @param heartbeat how often a running job says it is alive; a job silent for four heartbeats
 *                  (its server was killed) is taken up again by any instance
 * @param instanceName this instance's name in the job table; default host, process and a random suffix
 */
@ConfigurationProperties("tiltaksradar.jobs")
public record JobSettings(@DefaultValue("2") int workers, @DefaultValue("PT0.5S") Duration pollingInterval,
                          @DefaultValue("PT1S") Duration heartbeat, String instanceName) {
}
