MATCH (:Resolution {id: $resolutionId})-[:HAS_PARAGRAPH]->(:Paragraph)-[c:CITES]->()
WHERE NOT c.key IN $citationKeys
DELETE c
RETURN count(*) AS removed
