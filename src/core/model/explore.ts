/** The longest path `paths` considers, in entity hops (a citation through a paragraph is one hop). */
export const MAX_PATH_HOPS = 6;
