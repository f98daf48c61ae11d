package org.dialectica.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.LoadDependenciesOnStartup;
import com.vaadin.flow.theme.aura.Aura;

/**
 * The application shell: the Aura theme (Vaadin 25's default, which the app had before it had a shell), and every view's components loaded with the first page.
 * The app has few views, and per-route chunks of a committed production bundle go stale when a
 * route is added (a new view's components were then missing in the browser).
 */
@StyleSheet(Aura.STYLESHEET)
@LoadDependenciesOnStartup
public class Shell implements AppShellConfigurator {
}
