// How many paragraphs the graph holds (from the count store: no scan).
MATCH (p:Paragraph) RETURN count(p) AS paragraphs
