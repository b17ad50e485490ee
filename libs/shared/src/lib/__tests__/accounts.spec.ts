import { invitableRoles, isEmail, mayManageInvitation, normaliseEmail, passwordProblem } from '../accounts';
import { countyCodeOf, kindOfCode, stripOrganisationSuffix } from '../organizations';
import { OrganizationKind, UserRole } from '../enums';

describe('passwords', () => {
  it('needs at least 10 characters', () => {
    expect(passwordProblem('123456789')).toBe('Lösenordet måste ha minst 10 tecken.');
    expect(passwordProblem('1234567890')).toBeNull();
  });
  it('refuses blank-only and over-long passwords', () => {
    expect(passwordProblem(' '.repeat(12))).toMatch(/blanksteg/);
    expect(passwordProblem('x'.repeat(257))).toMatch(/högst 256/);
  });
});

describe('e-mail addresses', () => {
  it.each(['karin@hedemora.se', 'a.b+c@sub.example.se', 'Första@exempel.se'.replace('Första', 'forsta')])('accepts %s', (address) => {
    expect(isEmail(address)).toBe(true);
  });
  it.each(['inte-en-adress', 'a@b', '@example.se', 'a b@example.se', 'a@@example.se', `${'x'.repeat(250)}@e.se`])('refuses %s', (address) => {
    expect(isEmail(address)).toBe(false);
  });
  it('normalises case and blanks', () => {
    expect(normaliseEmail('  Karin.L@Hedemora.SE ')).toBe('karin.l@hedemora.se');
  });
});

describe('organisation codes', () => {
  it('derives the län from a kommun code and keeps the leading zero', () => {
    expect(countyCodeOf('0114', OrganizationKind.MUNICIPALITY)).toBe('01');
    expect(countyCodeOf('2083', OrganizationKind.MUNICIPALITY)).toBe('20');
    expect(countyCodeOf('09', OrganizationKind.REGION)).toBe('09');
    expect(countyCodeOf('SKR', OrganizationKind.SKR)).toBeNull();
  });
  it('tells the kind from the code', () => {
    expect(kindOfCode('0980')).toBe(OrganizationKind.MUNICIPALITY);
    expect(kindOfCode('09')).toBe(OrganizationKind.REGION);
    expect(kindOfCode('SKR')).toBe(OrganizationKind.SKR);
    expect(kindOfCode('123')).toBeNull();
  });
  it('strips the suffix of an organisation name', () => {
    expect(stripOrganisationSuffix('Huddinge kommun')).toBe('Huddinge');
    expect(stripOrganisationSuffix('Malmö stad')).toBe('Malmö');
    expect(stripOrganisationSuffix('Göteborgs Stad')).toBe('Göteborgs');
    expect(stripOrganisationSuffix('Region Skåne')).toBe('Region Skåne');
  });
});

describe('who may invite whom', () => {
  const leader = { role: UserRole.PROCESS_LEADER, organization: 'skr' };
  const member = { role: UserRole.MEMBER, organization: 'a' };

  it('lets members invite MEMBERs to their own organisation only', () => {
    expect(invitableRoles(member, 'a', OrganizationKind.MUNICIPALITY)).toEqual([UserRole.MEMBER]);
    expect(invitableRoles(member, 'b', OrganizationKind.MUNICIPALITY)).toEqual([]);
  });

  it('offers process leaders the PROCESS_LEADER role for SKR only', () => {
    expect(invitableRoles(leader, 'a', OrganizationKind.MUNICIPALITY)).toEqual([UserRole.MEMBER]);
    expect(invitableRoles(leader, 'a', OrganizationKind.REGION)).toEqual([UserRole.MEMBER]);
    expect(invitableRoles(leader, 'skr', OrganizationKind.SKR)).toEqual([UserRole.MEMBER, UserRole.PROCESS_LEADER]);
  });

  it('lets members resend and revoke their own organisation’s member invitations only', () => {
    expect(mayManageInvitation(member, { organization: 'a', role: UserRole.MEMBER })).toBe(true);
    expect(mayManageInvitation(member, { organization: 'a', role: UserRole.PROCESS_LEADER })).toBe(false);
    expect(mayManageInvitation(member, { organization: 'b', role: UserRole.MEMBER })).toBe(false);
    expect(mayManageInvitation(leader, { organization: 'b', role: UserRole.PROCESS_LEADER })).toBe(true);
  });
});
