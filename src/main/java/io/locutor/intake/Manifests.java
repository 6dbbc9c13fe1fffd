package io.locutor.intake;

import org.apache.camel.AggregationStrategy;
import org.apache.camel.Body;
import org.apache.camel.Exchange;

/** Collects a file's item outcomes into its {@link Manifest}; complete when every item has an outcome. */
public class Manifests implements AggregationStrategy {

    private final CampaignProgress progress;

    public Manifests(CampaignProgress progress) {
        this.progress = progress;
    }

    /** Exchange properties the file route sets before splitting. */
    public static final String FILE = "intakeFile";
    public static final String TOTAL = "intakeTotal";

    @Override
    public Exchange aggregate(Exchange collected, Exchange item) {
        ItemOutcome outcome = item.getMessage().getBody(ItemOutcome.class);
        long started = item.getProperty(CampaignProgress.STARTED, item.getClock().getCreated(), Long.class);
        if (collected == null) {
            Manifest manifest = new Manifest(item.getProperty(FILE, String.class), item.getProperty(TOTAL, Integer.class));
            manifest.add(outcome);
            item.getMessage().setBody(manifest);
            progress.settled(manifest, started);
            return item;
        }
        Manifest manifest = collected.getMessage().getBody(Manifest.class);
        manifest.add(outcome);
        progress.settled(manifest, started);
        return collected;
    }

    public boolean isComplete(@Body Manifest manifest) {
        return manifest.complete();
    }

    /** The manifest's file name in the outbox: {@code <name>.result.json}. */
    public String fileName(@Body Manifest manifest) {
        return ScriptFiles.baseName(manifest.file()) + ".result.json";
    }
}
