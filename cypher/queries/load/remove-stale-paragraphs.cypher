// A corrected text may have fewer paragraphs: drop those the new text no longer has, with their citations.
MATCH (:Resolution {id: $resolutionId})-[:HAS_PARAGRAPH]->(p:Paragraph)
WHERE NOT p.id IN $paragraphIds
DETACH DELETE p
RETURN count(*) AS removed
