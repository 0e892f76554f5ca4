package no.tiltaksradar.run;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import no.tiltaksradar.candidate.CandidateRepository;
import no.tiltaksradar.document.DocumentRepository;
import no.tiltaksradar.document.FileStore;
import no.tiltaksradar.job.ExtractJob;
import no.tiltaksradar.job.ProposerRegistry;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * db-scheduler over the application's own database: jobs live in {@code scheduled_tasks} beside
 * the data they produce, so a restarted server and every other instance over the same
 * PostgreSQL see them. Chosen over JobRunr because it needs one table, no dashboard server and
 * no serialisation of lambdas, and its dead-execution detection is exactly the crash recovery we need.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

    /** This instance's name, the same in the job table and in each document's {@code processed_by}. */
    record InstanceName(String value) {
    }

    @Bean
    InstanceName instanceName(JobSettings settings) {
        return new InstanceName(nameOf(settings));
    }

    @Bean
    DocumentTask documentTask(RunRepository runs, DocumentRepository documents, CandidateRepository candidates, FileStore files,
                              no.tiltaksradar.document.PageImages pageImages, ExtractJob extract, ProposerRegistry proposers, PlatformTransactionManager transactions,
                              InstanceName instance) {
        return new DocumentTask(runs, documents, candidates, files, pageImages, extract, proposers, new TransactionTemplate(transactions),
                instance.value());
    }

    @Bean(destroyMethod = "stop")
    Scheduler scheduler(DataSource dataSource, DocumentTask task, JobSettings settings, InstanceName instance) {
        return Scheduler.create(dataSource, task.task())
                .schedulerName(new SchedulerName.Fixed(instance.value()))
                .threads(settings.workers())
                .pollingInterval(settings.pollingInterval())
                .heartbeatInterval(settings.heartbeat())
                .missedHeartbeatsLimit(4)
                .enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
    }

    @EventListener(ApplicationReadyEvent.class)
    void startJobs(ApplicationReadyEvent event) {
        event.getApplicationContext().getBean(Scheduler.class).start();
    }

    private static String nameOf(JobSettings settings) {
        if (settings.instanceName() != null && !settings.instanceName().isBlank()) {
            return settings.instanceName();
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + ":" + ManagementFactory.getRuntimeMXBean().getPid() + ":" + UUID.randomUUID().toString().substring(0, 8);
    }
}
