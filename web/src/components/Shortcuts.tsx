import { Card, Col, Row } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { useAreaMenu } from '../layouts/menu';
import type { Area } from '../routes';

/** Cards for the pages of an area's menu (except the one we are on). */
export function Shortcuts({ area, except }: { area: Area; except: string }) {
  const { me } = useAuth();
  const navigate = useNavigate();
  const items = useAreaMenu(area, me).filter((i) => i && 'key' in i && i.key !== except) as Array<{ key: string; icon: React.ReactNode; label: string }>;
  return (
    <Row gutter={[12, 12]}>
      {items.map((i) => (
        <Col key={i.key} xs={12} sm={8} md={6}>
          <Card hoverable size="small" onClick={() => navigate(i.key)} role="link" tabIndex={0} onKeyDown={(e) => e.key === 'Enter' && navigate(i.key)}>
            <span style={{ fontSize: 20, marginInlineEnd: 8 }}>{i.icon}</span>
            {i.label}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
