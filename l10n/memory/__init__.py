"""Translation memory, TMX exchange, glossary and the MT cache: derived state rebuilt from the POs."""
