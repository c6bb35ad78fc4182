// Starts one Elasticsearch 8.19 node inside this JVM from the server jars on the class path.
//
// Why not org.elasticsearch.bootstrap.Elasticsearch, the distribution's own main class: it reads
// its arguments as a binary stream from its launcher (server-cli, not on Maven Central) and, from
// 8.18 on, attaches the entitlement agent from lib/entitlement-agent (not on Maven Central
// either: org.elasticsearch:elasticsearch-entitlement-agent answers 404) and refuses to start
// without it. This does what its third phase does, without the entitlement sandbox: builds the
// settings, loads the modules folder (transport-netty4), constructs and starts a Node, and
// closes it on SIGTERM. For tests and development only.
//
// Arguments: setting=value pairs (path.home must be one of them). Run by search/es_node.py with
// Java's single-file source launcher: `java -cp "lib/*" EmbeddedElasticsearch.java ...`.

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.PluginsLoader;

public class EmbeddedElasticsearch {
    public static void main(String[] args) throws Exception {
        Settings.Builder builder = Settings.builder();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            builder.put(arg.substring(0, equals), arg.substring(equals + 1));
        }
        Settings settings = builder.build();
        LogConfigurator.configureWithoutConfig(settings); // to the console, which es_node.py logs
        Environment environment = new Environment(settings, Path.of(settings.get("path.home"), "config"));
        // On the class path the server is no named module, so no qualified exports to add.
        PluginsLoader plugins = PluginsLoader.createPluginsLoader(
            PluginsLoader.loadModulesBundles(environment.modulesDir()), Set.of(), Map.of(), false
        );
        Node node = new Node(environment, plugins);
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
                node.awaitClose(30, TimeUnit.SECONDS);
            } catch (Exception error) {
                error.printStackTrace();
            }
            closed.countDown();
        }, "siec-elasticsearch-shutdown"));
        node.start();
        closed.await();
    }
}
