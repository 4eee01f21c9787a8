// A `.json` file whose top level is {"actors": [...]} (and no documents) is a
// knowledge-base addition; everything else is corpus input for the core.
// Shared by the worker (which adds it as such) and the page (which asks about
// the sample only when corpus files come).
export function isKnowledgeBase(name, bytes) {
  if (!/\.json$/i.test(name)) return false;
  try {
    const value = JSON.parse(new TextDecoder().decode(bytes));
    return value && !Array.isArray(value) && Array.isArray(value.actors) && !('documents' in value);
  } catch {
    return false;
  }
}
