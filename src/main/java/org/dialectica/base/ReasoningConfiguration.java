package org.dialectica.base;

import org.dialectica.reasoning.QuoteCheck;
import org.dialectica.reasoning.RuleBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One compiled rule base for the whole application: compiling takes seconds, sessions take none.
 * Its sessions check every quote against the stored papers (the papers feature's {@link QuoteCheck}).
 */
@Configuration
@EnableConfigurationProperties(DialecticaSettings.class)
class ReasoningConfiguration {
    private static final Logger log = LoggerFactory.getLogger(ReasoningConfiguration.class);

    @Bean
    RuleBase ruleBase(DialecticaSettings settings, ObjectProvider<QuoteCheck> quotes) {
        RuleBase rules = RuleBase.load(settings.rulesDir()).withQuotes(quotes.getIfAvailable(() -> QuoteCheck.NONE));
        log.info("Rules loaded from {}: {}", rules.origin(), rules.files());
        return rules;
    }
}
