package org.dialectica.base.ui;

import com.vaadin.flow.component.page.Push;
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
// every viewer of a map follows everyone's edits: changes are pushed over a WebSocket (long polling if it fails)
@Push
@LoadDependenciesOnStartup
public class Shell implements AppShellConfigurator {
}
