import { Role, UserDto } from '@markt/shared';
import { renderWith } from '../ui/render-with.testing';
import { UserItemComponent } from './user-item.component';

const account: UserDto = {
  id: '1',
  email: 'alex@example.org',
  name: 'Alex Admin',
  role: Role.Admin,
  active: true,
  emailVerified: true,
  mustChangePassword: false,
  createdAt: '2025-01-01T00:00:00.000Z',
};

describe('UserItemComponent', () => {
  async function render(isSelf: boolean) {
    const { el } = await renderWith(UserItemComponent, { inputs: { user: account, isSelf } });
    return { el, labels: Array.from(el.querySelectorAll('button')).map((b) => b.getAttribute('aria-label')) };
  }

  it("offers no deactivation (nor demotion) of one's own account, and says why", async () => {
    const { el, labels } = await render(true);
    expect(labels).toEqual([]);
    expect(el.querySelector('select')).toBeNull();
    expect(el.textContent).toContain('Ihr eigenes Konto können Sie nicht deaktivieren');
  });

  it('names the account in each action, without a space before the colon', async () => {
    const { labels } = await render(false);
    expect(labels).toEqual(['Rolle speichern: Alex Admin', 'Deaktivieren: Alex Admin']);
  });
});
