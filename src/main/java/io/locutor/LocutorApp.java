package io.locutor;

import io.locutor.intake.IntakeBeans;
import org.apache.camel.main.Main;

/** Starts locutor: routes from {@code routes/}, settings from the top-level {@code application.properties}. */
public final class LocutorApp {

    private LocutorApp() {
    }

    public static void main(String[] args) throws Exception {
        if (SettingsHelp.printIfAsked(args, System.out)) {
            return;
        }
        Main main = new Main(LocutorApp.class, LocutorBeans.class, OperationsBeans.class, IntakeBeans.class);
        // Read from the working directory so the jar and the tests share one settings file.
        main.setDefaultPropertyPlaceholderLocation("file:application.properties");
        main.run(args);
    }
}
