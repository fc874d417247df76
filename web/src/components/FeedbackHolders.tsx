import { message, Modal, notification } from 'antd';
import { useEffect } from 'react';
import type { useAppProps as Feedback } from 'antd/es/app/context';

/** Where toasts and dialogs are drawn (loaded after the first page, see feedback.tsx). */
export default function FeedbackHolders({ onReady }: { onReady: (api: Feedback) => void }) {
  const [messageApi, messageHolder] = message.useMessage();
  const [notificationApi, notificationHolder] = notification.useNotification();
  const [modalApi, modalHolder] = Modal.useModal();
  useEffect(() => onReady({ message: messageApi, notification: notificationApi, modal: modalApi }), [onReady, messageApi, notificationApi, modalApi]);
  return (
    <>
      {modalHolder}
      {messageHolder}
      {notificationHolder}
    </>
  );
}
