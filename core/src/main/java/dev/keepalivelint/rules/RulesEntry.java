package dev.keepalivelint.rules;

import org.yaml.snakeyaml.nodes.MappingNode;

/** An entry of a list section of a rules file (a library, server, ...), with the file it was defined in. */
final class RulesEntry {
    final String id;
    final MappingNode node;
    final String file;

    RulesEntry(String id, MappingNode node, String file) {
        this.id = id;
        this.node = node;
        this.file = file;
    }
}
