import { missingCredentials } from './missing-credentials';

describe('what the sign-in form still lacks', () => {
  it('asks for both when both are empty', () => {
    expect(missingCredentials({ username: '', password: '' })).toEqual({ username: 'signIn.usernameRequired', password: 'signIn.passwordRequired' });
  });

  it('takes a name of spaces for no name, but a password of spaces as typed', () => {
    expect(missingCredentials({ username: '   ', password: '   ' })).toEqual({ username: 'signIn.usernameRequired' });
  });

  it('asks for nothing once both are given', () => {
    expect(missingCredentials({ username: 'bvsn.admin', password: 'x' })).toEqual({});
  });
});
