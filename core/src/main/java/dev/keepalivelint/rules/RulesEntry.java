package dev.keepalivelint.rules;

import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * An entry of a list section of a rules file (a library, server, ...), with the file it was defined in and its
 * keys, read once when the entry was collected: the section readers use these, so a key that is not a plain name
 * is reported once, not again by each reader that looks at the entry.
 */
final class RulesEntry {
    final String id;
    final MappingNode node;
    final String file;
    final Fields fields;

    RulesEntry(String id, Fields fields) {
        this.id = id;
        this.node = fields.map;
        this.file = fields.file;
        this.fields = fields;
    }
}
