// The core's answers as the page receives them. Every error of the core is
// {"error": {"code", "message"}} alone; here, and only here, it becomes a JS
// Error that keeps its code, so that the page says it in the reader's
// language (i18n.js errorText) whichever worker or view it crosses.

export function parseReply(json) {
  const value = JSON.parse(json);
  const lone = value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 1;
  const error = lone ? value.error : null;
  if (error && typeof error === 'object' && typeof error.code === 'string')
    throw Object.assign(new Error(String(error.message ?? error.code)), { code: error.code });
  return value;
}

// An error as a worker reply carries it: its message, and its code when the core gave one.
export function failure(error) {
  return { error: String(error?.message ?? error), ...(error?.code ? { code: error.code } : {}) };
}

// The Error a failure reply stands for, on the page's side of the worker.
export function errorFrom(reply) {
  return Object.assign(new Error(reply.error), reply.code ? { code: reply.code } : {});
}
