/** An error whose message tells the operator everything: printed alone, without a stack trace. */
export class OperatorError extends Error {
  override name = 'OperatorError';
}
