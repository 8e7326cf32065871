import { PersonFieldsComponent, personControls } from './person-fields.component';
import { render } from './render.testing';

describe('PersonFieldsComponent', () => {
  async function setUp(forSomeoneElse: boolean) {
    const controls = personControls();
    const inputs = { controls, forSomeoneElse, passwordLabel: 'staff.password' };
    const { el } = await render(PersonFieldsComponent, [], inputs);
    return { el, controls, inputs: Array.from(el.querySelectorAll('input')) };
  }

  it('asks for name, e-mail address and password under their labels, into the form’s controls', async () => {
    const { el, controls, inputs } = await setUp(false);
    const labels = inputs.map((input) => el.querySelector(`label[for="${input.id}"]`)?.textContent?.trim());
    expect(labels).toEqual(['Name', 'E-Mail-Adresse', 'Vorläufiges Passwort']);
    expect(inputs.map((input) => input.getAttribute('autocomplete'))).toEqual(['name', 'email', 'new-password']);
    inputs[1].value = 'alex@example.org';
    inputs[1].dispatchEvent(new Event('input'));
    expect(controls.email.value).toBe('alex@example.org');
    expect(controls.password.hasError('required')).toBe(true);
  });

  it("does not offer the user's own name and address for someone else's account", async () => {
    const { inputs } = await setUp(true);
    expect(inputs.map((input) => input.getAttribute('autocomplete'))).toEqual(['off', 'off', 'new-password']);
  });
});
