package vn.kcnatlas;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import vn.kcnatlas.io.ImportCommand;

/**
 * KCN Atlas: the registry and map server for Vietnam's industrial zones and clusters.
 *
 * <p>Run without arguments it serves HTTP; run as {@code import <kind> <file>} it imports a file and
 * exits, with no web server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KcnAtlasApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(KcnAtlasApplication.class);
        boolean command = ImportCommand.isInvocation(args);
        if (command) {
            application.setWebApplicationType(WebApplicationType.NONE);
        }
        ConfigurableApplicationContext context = application.run(args);
        if (command) {
            System.exit(SpringApplication.exit(context));
        }
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
