import { GraphError, isGraphFailure, NetworkError, unwrapIntuneMessage } from './graph-error';

describe('unwrapIntuneMessage', () => {
  it('returns the Message Intune wraps as JSON inside error.message', () => {
    const wrapped = JSON.stringify({
      _version: 3,
      Message: 'An error has occurred - Operation ID (for customer support): 1234',
      CustomApiErrorPhrase: '',
      RetryAfter: null,
    });
    expect(unwrapIntuneMessage(wrapped)).toBe(
      'An error has occurred - Operation ID (for customer support): 1234',
    );
  });

  it('unwraps JSON with whitespace around it', () => {
    expect(unwrapIntuneMessage('  {"Message":"Not found"}\n')).toBe('Not found');
  });

  it.each([
    ['a plain message', 'Resource not found for the segment ndesConnectors.'],
    ['JSON without a Message', '{"message":"lower case is not Intune\'s"}'],
    ['JSON whose Message is not text', '{"Message":42}'],
    ['text that only starts like JSON', '{not json at all'],
    ['an empty message', ''],
  ])('leaves %s as Graph sent it', (_case, message) => {
    expect(unwrapIntuneMessage(message)).toBe(message);
  });
});

describe('GraphError', () => {
  it('carries what Graph said and the ids support needs', () => {
    const error = new GraphError({
      status: 403,
      code: 'ApprovalRequired',
      message: 'Needs approval',
      requestId: 'r',
      clientRequestId: 'c',
      date: 'd',
    });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'GraphError',
      status: 403,
      code: 'ApprovalRequired',
      message: 'Needs approval',
      target: null,
      retryAfterMs: null,
      requestId: 'r',
      clientRequestId: 'c',
      date: 'd',
    });
  });

  it('is a Graph failure; a plain error is not', () => {
    expect(
      isGraphFailure(
        new NetworkError({ clientRequestId: 'id', cause: new TypeError('fetch failed') }),
      ),
    ).toBe(true);
    expect(isGraphFailure(new Error('boom'))).toBe(false);
  });
});
